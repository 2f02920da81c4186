#!/usr/bin/env bash
# Writes the passwords docker-compose.yml needs into .env (next to it), where Compose reads them.
# Every ${NAME:?...} in docker-compose.yml gets a random value, once: values already in .env are
# kept, so a second run changes nothing and existing volumes keep working.
# Usage: docker/generate-env.sh [ENV_FILE]   (default: .env in the repository root)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
env_file=${1:-$root/.env}
touch "$env_file"
chmod 600 "$env_file"

for name in $(grep -oE '\$\{[A-Z][A-Z0-9_]*:\?' "$root/docker-compose.yml" | sed -E 's/^\$\{//; s/:\?$//' | sort -u); do
    if ! grep -qE "^${name}=" "$env_file"; then
        value=$(LC_ALL=C tr -dc 'A-Za-z0-9' < /dev/urandom | head -c 32 || true)
        echo "${name}=${value}" >> "$env_file"
        echo "generated ${name}"
    fi
done
