// Run once by the mongo image's entrypoint on an empty volume (docker-entrypoint-initdb.d), as the root user: each
// service gets a user that may read and write its own databases only, with the password of its secret mongo-<service>:
// dvk_<service> and dvk_<service>_<scope>, the database a service scoped to DVK_SCOPE uses by default.
const fs = require('fs');
const services = ['identity-service', 'registration-service', 'evaluation-service', 'award-service',
  'reporting-service', 'notification-service'];
// The district instances of the profile district (DVK_DISTRICT_SCOPES, comma-separated) get theirs too. A volume
// initialised before has its users already: grant a new scope's database with db.grantRolesToUser as root.
const scopes = [process.env.DVK_SCOPE || ''].concat((process.env.DVK_DISTRICT_SCOPES || '').split(','))
  .map(scope => scope.trim().replace(/[^A-Za-z0-9_-]/g, '_')).filter(scope => scope.length > 0);
for (const service of services) {
  const password = fs.readFileSync('/run/secrets/mongo-' + service, 'utf8').trim();
  const database = 'dvk_' + service;
  const roles = [{ role: 'readWrite', db: database }];
  for (const scope of new Set(scopes)) {
    roles.push({ role: 'readWrite', db: database + '_' + scope });
  }
  db.getSiblingDB(database).createUser({ user: service, pwd: password, roles: roles });
}
