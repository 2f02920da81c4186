#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises an empty data directory: for every
# environment variable <NAME>_DB_PASSWORD it creates the user <name> with that password and the
# database <name> owned by it (PRODUCT_DB_PASSWORD -> user and database "product", likewise
# "review", "order", "payment" and "query"; names are always quoted, as "order" is an SQL keyword).
# No other user may connect to that database, and no service user to the maintenance database
# "postgres" (as in the local stack).
set -euo pipefail

psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     --command 'REVOKE CONNECT, TEMPORARY ON DATABASE postgres FROM PUBLIC'

for variable in $(compgen -e | grep -E '^[A-Z][A-Z0-9_]*_DB_PASSWORD$' || true); do
    name=$(echo "${variable%_DB_PASSWORD}" | tr '[:upper:]' '[:lower:]')
    echo "init-databases: database and user '${name}'"
    psql --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
         --set name="$name" --set password="${!variable}" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE CONNECT, TEMPORARY ON DATABASE :"name" FROM PUBLIC;
SQL
done
