// Run once by the mongo image's entrypoint on an empty volume (docker-entrypoint-initdb.d), as the root user: each
// service gets a user that may read and write its own database only, with the password of its secret mongo-<service>.
const fs = require('fs');
const services = ['identity-service', 'registration-service', 'evaluation-service', 'award-service',
  'reporting-service', 'notification-service'];
for (const service of services) {
  const password = fs.readFileSync('/run/secrets/mongo-' + service, 'utf8').trim();
  const database = 'dvk_' + service;
  db.getSiblingDB(database).createUser({ user: service, pwd: password, roles: [{ role: 'readWrite', db: database }] });
}
