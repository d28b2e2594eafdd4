#!/bin/bash
# Runs the official image's entrypoint with authentication: a replica set with users needs a key file its members
# share (one member here), made once in the config volume. The entrypoint creates the root user from the secret
# mongo-root and runs mongo-init.js (one user per service database) on the first start of an empty volume.
set -euo pipefail
keyfile=/data/configdb/replica-set.key
if [[ ! -s $keyfile ]]; then
  head -c 756 /dev/urandom | base64 -w 0 > "$keyfile"
fi
chmod 400 "$keyfile"
chown mongodb:mongodb "$keyfile"
exec docker-entrypoint.sh "$@" --keyFile "$keyfile"
