#!/bin/bash
# Starts the compose broker with SASL: the administrator's password comes from the secret kafka-admin, never from the
# repository or the environment. Clients log in with SCRAM-SHA-512 (users created by kafka-access.sh), the
# administrator and the broker towards its controller with PLAIN; see docs/adr/0012-kafka-and-store-credentials.md.
set -euo pipefail
password=$(tr -d '\n' < /run/secrets/kafka-admin)
plain="org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"$password\" user_admin=\"$password\";"
export KAFKA_LISTENER_NAME_SASL__PLAINTEXT_PLAIN_SASL_JAAS_CONFIG="$plain"
export KAFKA_LISTENER_NAME_HOST_PLAIN_SASL_JAAS_CONFIG="$plain"
export KAFKA_LISTENER_NAME_CONTROLLER_PLAIN_SASL_JAAS_CONFIG="$plain"
export KAFKA_LISTENER_NAME_SASL__PLAINTEXT_SCRAM___SHA___512_SASL_JAAS_CONFIG="org.apache.kafka.common.security.scram.ScramLoginModule required;"
export KAFKA_LISTENER_NAME_HOST_SCRAM___SHA___512_SASL_JAAS_CONFIG="org.apache.kafka.common.security.scram.ScramLoginModule required;"
# The health check and kafka-access.sh log in as the administrator with these settings.
umask 077
cat > /tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="admin" password="$password";
PROPERTIES
exec /etc/kafka/docker/run
