#!/usr/bin/env bash
# Measures how long a new product-service instance takes to receive its first request through
# the gateway: the figure Eureka, the Eureka client and the LoadBalancer settings decide.
#
#   ./cloudshop.sh            (in another terminal: the stack must be running)
#   scripts/measure-new-instance.sh [port]      default port 8091
#
# Starts a second product-service on the given port with the stack's settings, sends catalog
# reads through the gateway until one of them is served by the new instance (its own
# http_server_requests metric counts it), prints the times from process start and from
# readiness, then stops the instance again.
set -euo pipefail
cd "$(dirname "$0")/.."

port=${1:-8091}
secrets=.cloudshop/secrets.properties
jar=product-service/target/product-service.jar
[[ -f $secrets && -f $jar ]] || { echo "Start the stack first: ./cloudshop.sh" >&2; exit 1; }
curl -sf localhost:8080/actuator/health >/dev/null || { echo "The gateway is not up on :8080" >&2; exit 1; }

now_ms() { date +%s%3N; }
served_by_new_instance() {
  curl -s "localhost:$port/actuator/prometheus" \
    | grep '^http_server_requests_seconds_count' | grep -q 'uri="/api/v1/products"'
}

password=$(sed -n 's/^postgres\.product\.password=//p' "$secrets")
log=.cloudshop/logs/product-service-$port.log
started=$(now_ms)
SERVER_PORT=$port PRODUCT_DB_PASSWORD=$password LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs SPRING_MAIN_BANNER_MODE=off \
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true' EXIT

until curl -sf "localhost:$port/actuator/health/readiness" >/dev/null; do
  kill -0 $pid 2>/dev/null || { echo "The new instance died; see $log" >&2; exit 1; }
  sleep 0.1
done
ready=$(now_ms)

requests=0
deadline=$(( ready + 180000 ))
until served_by_new_instance; do
  curl -s -o /dev/null localhost:8080/api/v1/products?size=1
  requests=$((requests + 1))
  (( $(now_ms) < deadline )) || { echo "No request reached the new instance within 180 s" >&2; exit 1; }
done
first=$(now_ms)

awk -v started="$started" -v ready="$ready" -v first="$first" -v requests="$requests" 'BEGIN {
  printf "new instance ready              %6.1f s after its process started\n", (ready - started) / 1000
  printf "first request through gateway   %6.1f s after ready (%d gateway requests sent)\n", (first - ready) / 1000, requests
  printf "from process start              %6.1f s\n", (first - started) / 1000
}'
