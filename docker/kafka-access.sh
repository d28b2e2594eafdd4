#!/bin/bash
# Written by vn.dvk.localstack.kafka.KafkaAccessScript from KafkaAccess, the one declaration
# of who may do what on the broker; change that class and write this file again
# (KafkaAccessScriptTest says how).
# Run by docker-compose's kafka-access container once the broker is healthy: idempotent.
set -euo pipefail
bootstrap=${DVK_KAFKA_BOOTSTRAP:-kafka:9092}
# The aliases of the clusters MirrorMaker 2 copies into this one, comma-separated (ADR 0022).
mirrored_from=${DVK_KAFKA_MIRRORED_FROM:-}
config=/tmp/admin.properties
secret() { tr -d '\n' < "/run/secrets/$1"; }
umask 077
printf '%s\n' 'security.protocol=SASL_PLAINTEXT' 'sasl.mechanism=PLAIN' \
  "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"admin\" password=\"$(secret kafka-admin)\";" > "$config"
topic() { /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --command-config "$config" --create --if-not-exists --topic "$1" --partitions 3 --replication-factor 1; }
user() { /opt/kafka/bin/kafka-configs.sh --bootstrap-server "$bootstrap" --command-config "$config" --alter --entity-type users --entity-name "$1" --add-config "SCRAM-SHA-512=[iterations=8192,password=$(secret "kafka-$1")]"; }
allow() { /opt/kafka/bin/kafka-acls.sh --bootstrap-server "$bootstrap" --command-config "$config" --add --allow-principal "User:$1" "${@:2}"; }

topic dvk.identity
topic dvk.registration
topic dvk.evaluation
topic dvk.award
topic dvk.reporting
topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  topic ${alias}.dvk.identity
  topic ${alias}.dvk.registration
  topic ${alias}.dvk.evaluation
  topic ${alias}.dvk.award
  topic ${alias}.dvk.reporting
  topic ${alias}.dvk.unit-directory
done

user identity-service
allow identity-service --operation Write --operation Describe --topic dvk.identity
allow identity-service --operation Write --operation Describe --operation Read --topic dvk.unit-directory

user registration-service
allow registration-service --operation Write --operation Describe --operation Read --topic dvk.registration
allow registration-service --operation Read --operation Describe --topic dvk.evaluation
allow registration-service --operation Read --operation Describe --topic dvk.award
allow registration-service --operation Read --group registration- --resource-pattern-type prefixed
allow registration-service --operation Create --operation Write --operation Describe --topic error.dvk.registration.registration- --resource-pattern-type prefixed
allow registration-service --operation Create --operation Write --operation Describe --topic error.dvk.evaluation.registration- --resource-pattern-type prefixed
allow registration-service --operation Create --operation Write --operation Describe --topic error.dvk.award.registration- --resource-pattern-type prefixed
allow registration-service --operation Read --operation Describe --topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  allow registration-service --operation Read --operation Describe --topic ${alias}.dvk.registration
  allow registration-service --operation Read --operation Describe --topic ${alias}.dvk.evaluation
  allow registration-service --operation Read --operation Describe --topic ${alias}.dvk.award
  allow registration-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.registration.registration- --resource-pattern-type prefixed
  allow registration-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.evaluation.registration- --resource-pattern-type prefixed
  allow registration-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.award.registration- --resource-pattern-type prefixed
done

user evaluation-service
allow evaluation-service --operation Write --operation Describe --operation Read --topic dvk.evaluation
allow evaluation-service --operation Read --operation Describe --topic dvk.registration
allow evaluation-service --operation Read --operation Describe --topic dvk.award
allow evaluation-service --operation Read --group evaluation- --resource-pattern-type prefixed
allow evaluation-service --operation Create --operation Write --operation Describe --topic error.dvk.registration.evaluation- --resource-pattern-type prefixed
allow evaluation-service --operation Create --operation Write --operation Describe --topic error.dvk.award.evaluation- --resource-pattern-type prefixed
allow evaluation-service --operation Create --operation Write --operation Describe --topic error.dvk.evaluation.evaluation- --resource-pattern-type prefixed
allow evaluation-service --operation Read --operation Describe --topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  allow evaluation-service --operation Read --operation Describe --topic ${alias}.dvk.registration
  allow evaluation-service --operation Read --operation Describe --topic ${alias}.dvk.award
  allow evaluation-service --operation Read --operation Describe --topic ${alias}.dvk.evaluation
  allow evaluation-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.registration.evaluation- --resource-pattern-type prefixed
  allow evaluation-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.award.evaluation- --resource-pattern-type prefixed
  allow evaluation-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.evaluation.evaluation- --resource-pattern-type prefixed
done

user award-service
allow award-service --operation Write --operation Describe --topic dvk.award
allow award-service --operation Read --operation Describe --topic dvk.registration
allow award-service --operation Read --operation Describe --topic dvk.evaluation
allow award-service --operation Read --group award- --resource-pattern-type prefixed
allow award-service --operation Create --operation Write --operation Describe --topic error.dvk.registration.award- --resource-pattern-type prefixed
allow award-service --operation Create --operation Write --operation Describe --topic error.dvk.evaluation.award- --resource-pattern-type prefixed
allow award-service --operation Read --operation Describe --topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  allow award-service --operation Read --operation Describe --topic ${alias}.dvk.registration
  allow award-service --operation Read --operation Describe --topic ${alias}.dvk.evaluation
  allow award-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.registration.award- --resource-pattern-type prefixed
  allow award-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.evaluation.award- --resource-pattern-type prefixed
done

user reporting-service
allow reporting-service --operation Write --operation Describe --topic dvk.reporting
allow reporting-service --operation Read --operation Describe --topic dvk.registration
allow reporting-service --operation Read --operation Describe --topic dvk.evaluation
allow reporting-service --operation Read --operation Describe --topic dvk.award
allow reporting-service --operation Read --group reporting- --resource-pattern-type prefixed
allow reporting-service --operation Create --operation Write --operation Describe --topic error.dvk.registration.reporting- --resource-pattern-type prefixed
allow reporting-service --operation Create --operation Write --operation Describe --topic error.dvk.evaluation.reporting- --resource-pattern-type prefixed
allow reporting-service --operation Create --operation Write --operation Describe --topic error.dvk.award.reporting- --resource-pattern-type prefixed
allow reporting-service --operation Read --operation Describe --topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  allow reporting-service --operation Read --operation Describe --topic ${alias}.dvk.registration
  allow reporting-service --operation Read --operation Describe --topic ${alias}.dvk.evaluation
  allow reporting-service --operation Read --operation Describe --topic ${alias}.dvk.award
  allow reporting-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.registration.reporting- --resource-pattern-type prefixed
  allow reporting-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.evaluation.reporting- --resource-pattern-type prefixed
  allow reporting-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.award.reporting- --resource-pattern-type prefixed
done

user notification-service
allow notification-service --operation Read --operation Describe --topic dvk.registration
allow notification-service --operation Read --operation Describe --topic dvk.evaluation
allow notification-service --operation Read --operation Describe --topic dvk.award
allow notification-service --operation Read --operation Describe --topic dvk.identity
allow notification-service --operation Read --group notification- --resource-pattern-type prefixed
allow notification-service --operation Describe --group reporting- --resource-pattern-type prefixed
allow notification-service --operation Create --operation Write --operation Describe --topic error.dvk.registration.notification- --resource-pattern-type prefixed
allow notification-service --operation Create --operation Write --operation Describe --topic error.dvk.evaluation.notification- --resource-pattern-type prefixed
allow notification-service --operation Create --operation Write --operation Describe --topic error.dvk.award.notification- --resource-pattern-type prefixed
allow notification-service --operation Create --operation Write --operation Describe --topic error.dvk.identity.notification- --resource-pattern-type prefixed
allow notification-service --operation Read --operation Describe --topic dvk.unit-directory
for alias in ${mirrored_from//,/ }; do
  allow notification-service --operation Read --operation Describe --topic ${alias}.dvk.registration
  allow notification-service --operation Read --operation Describe --topic ${alias}.dvk.evaluation
  allow notification-service --operation Read --operation Describe --topic ${alias}.dvk.award
  allow notification-service --operation Read --operation Describe --topic ${alias}.dvk.identity
  allow notification-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.registration.notification- --resource-pattern-type prefixed
  allow notification-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.evaluation.notification- --resource-pattern-type prefixed
  allow notification-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.award.notification- --resource-pattern-type prefixed
  allow notification-service --operation Create --operation Write --operation Describe --topic error.${alias}.dvk.identity.notification- --resource-pattern-type prefixed
done

if [[ -n $mirrored_from ]]; then
  user mirror-maker
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.identity
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.registration
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.evaluation
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.award
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.reporting
  allow mirror-maker --operation Read --operation Describe --operation DescribeConfigs --topic dvk.unit-directory
  allow mirror-maker --operation Describe --group registration- --resource-pattern-type prefixed
  allow mirror-maker --operation Describe --group evaluation- --resource-pattern-type prefixed
  allow mirror-maker --operation Describe --group award- --resource-pattern-type prefixed
  allow mirror-maker --operation Describe --group reporting- --resource-pattern-type prefixed
  allow mirror-maker --operation Describe --group notification- --resource-pattern-type prefixed
  allow mirror-maker --operation Create --operation Read --operation Write --operation Describe --operation DescribeConfigs --topic heartbeats
  allow mirror-maker --operation Create --operation Read --operation Write --operation Describe --operation DescribeConfigs --topic mm2- --resource-pattern-type prefixed
  for alias in ${mirrored_from//,/ }; do
    allow mirror-maker --operation Create --operation Read --operation Write --operation Describe --operation DescribeConfigs --operation AlterConfigs --topic ${alias}. --resource-pattern-type prefixed
    allow mirror-maker --operation Read --operation Describe --group ${alias}-mm2
  done
fi
