#!/bin/bash
# Written by vn.dvk.localstack.kafka.KafkaMirrorScript from KafkaMirror; change those classes
# and write this file again (KafkaAccessScriptTest says how).
# Run by docker-compose's mirror-maker container (profile district): MirrorMaker 2 between the
# province's cluster (kafka, alias p14) and district 124's (kafka-district, alias d124), ADR 0022.
set -euo pipefail
password=$(tr -d '\n' < /run/secrets/kafka-mirror-maker)
umask 077
cat > /tmp/mm2.properties <<PROPERTIES
# Written on every start by vn.dvk.localstack.kafka.KafkaMirror; change that class, not this file.
clusters=p14,d124
p14.bootstrap.servers=kafka:9092
p14.security.protocol=SASL_PLAINTEXT
p14.sasl.mechanism=SCRAM-SHA-512
p14.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="mirror-maker" password="$password";
d124.bootstrap.servers=kafka-district:9092
d124.security.protocol=SASL_PLAINTEXT
d124.sasl.mechanism=SCRAM-SHA-512
d124.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="mirror-maker" password="$password";
d124->p14.enabled=true
d124->p14.topics=dvk\\\\.identity,dvk\\\\.registration,dvk\\\\.evaluation,dvk\\\\.award,dvk\\\\.reporting,dvk\\\\.unit-directory
p14->d124.enabled=true
p14->d124.topics=dvk\\\\.registration,dvk\\\\.evaluation
# Single-node clusters: one replica of everything.
replication.factor=1
checkpoints.topic.replication.factor=1
heartbeats.topic.replication.factor=1
offset-syncs.topic.replication.factor=1
offset.storage.replication.factor=1
status.storage.replication.factor=1
config.storage.replication.factor=1
# Kafka's plugins declare themselves to the ServiceLoader: no reflective scan of the class path,
# which takes minutes on a loaded machine.
plugin.discovery=service_load
# The clusters' ACLs are declared by KafkaAccess on each of them, not copied.
sync.topic.acls.enabled=false
# New topics and consumer groups are noticed within seconds, not the default ten minutes.
refresh.topics.interval.seconds=10
refresh.groups.interval.seconds=10
emit.checkpoints.interval.seconds=10
PROPERTIES
exec /opt/kafka/bin/connect-mirror-maker.sh /tmp/mm2.properties
