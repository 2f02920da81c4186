#!/usr/bin/env bash
# Signs a Cloudshop user in at auth-service and prints their access token (a JWT), nothing else.
#
#   TOKEN=$(scripts/get-token.sh alice)              demo user, local-only default password
#   TOKEN=$(scripts/get-token.sh alice 's3cret')      any user and password
#   curl -H "Authorization: Bearer $TOKEN" ...
#
# It runs the standard OAuth 2.1 authorization code flow with PKCE as the public client
# cloudshop-cli, the way a browser would: ask to authorize, fill in the sign-in form (with its
# CSRF token, in one cookie session), take the code from the redirect to the loopback URI
# (nothing needs to listen there) and exchange it, with the PKCE verifier, for the token.
# Needs bash, curl and coreutils (or shasum and base64 on macOS); no jq, no python.
#
# Environment:
#   AUTH_URL            auth-service base URL (default http://localhost:9000)
#   CLOUDSHOP_PASSWORD  password when none is given (default: cloudshop-local, the local-only
#                       password of the demo users alice, bob and admin)
set -euo pipefail

usage() { echo "usage: $0 <username> [password]" >&2; exit 2; }
fail() { echo "get-token: $*" >&2; exit 1; }

[[ $# -ge 1 && $# -le 2 && -n "$1" ]] || usage
username=$1
password=${2:-${CLOUDSHOP_PASSWORD:-cloudshop-local}}
auth_url=${AUTH_URL:-http://localhost:9000}
auth_url=${auth_url%/}
client_id=cloudshop-cli
redirect_uri=http://127.0.0.1:8765/callback

command -v curl >/dev/null || fail "curl is required"

# Random URL-safe text: 32 random bytes, base64url without padding (43 characters).
random_urlsafe() { head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n'; }

# PKCE S256 (RFC 7636): challenge = base64url(sha256(verifier)).
sha256_hex() {
  if command -v sha256sum >/dev/null; then sha256sum | cut -d' ' -f1; else shasum -a 256 | cut -d' ' -f1; fi
}
hex_to_bytes() { local hex; hex=$(cat); printf "$(printf '%s' "$hex" | sed 's/../\\x&/g')"; }

verifier=$(random_urlsafe)
challenge=$(printf '%s' "$verifier" | sha256_hex | hex_to_bytes | base64 | tr '+/' '-_' | tr -d '=\n')
state=$(random_urlsafe)

workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
jar=$workdir/cookies

# One request in the browser session: prints "<status> <Location>", writes the body to $workdir/body.
browse() {
  curl -sS -o "$workdir/body" -w '%{http_code} %{redirect_url}' -b "$jar" -c "$jar" \
    -H 'Accept: text/html' "$@" || fail "cannot reach $auth_url (is auth-service running?)"
}

# 1. Ask to authorize; not signed in yet, so the server keeps the request and sends us to sign in.
read -r status location < <(browse -G "$auth_url/oauth2/authorize" \
  --data-urlencode response_type=code \
  --data-urlencode "client_id=$client_id" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode 'scope=openid profile' \
  --data-urlencode "state=$state" \
  --data-urlencode "code_challenge=$challenge" \
  --data-urlencode code_challenge_method=S256) || true
[[ $status == 302 && $location == */login ]] || fail "authorization request refused (HTTP $status ${location:-}): $(head -c 300 "$workdir/body")"

# 2. The sign-in form, for its CSRF token.
read -r status _ < <(browse "$location") || true
[[ $status == 200 ]] || fail "sign-in form not served (HTTP $status)"
csrf=$(sed -n 's/.*name="_csrf"[^>]*value="\([^"]*\)".*/\1/p' "$workdir/body" | head -n 1)
[[ -n $csrf ]] || fail "no CSRF token in the sign-in form"

# 3. Sign in; success sends us back to the kept authorization request.
read -r status location < <(browse "$auth_url/login" \
  --data-urlencode "username=$username" \
  --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$csrf") || true
[[ $status == 302 && $location != *'/login?error'* ]] || fail "sign-in refused for $username (wrong username or password?)"

# 4. Resume the authorization request; it redirects to the loopback URI with the code.
read -r status location < <(browse "$location") || true
if [[ $status == 200 ]] && grep -q 'consent' "$workdir/body"; then
  fail "the server asks for consent; $client_id is meant to be registered with require-authorization-consent: false"
fi
[[ $status == 302 && $location == "$redirect_uri"* ]] || fail "no authorization code (HTTP $status ${location:-})"
query=${location#*\?}
code=$(printf '%s\n' "$query" | tr '&' '\n' | sed -n 's/^code=//p')
returned_state=$(printf '%s\n' "$query" | tr '&' '\n' | sed -n 's/^state=//p')
[[ -n $code ]] || fail "no authorization code in $location"
[[ $returned_state == "$state" ]] || fail "state mismatch in the redirect; refusing the code"

# 5. Exchange the code and the PKCE verifier for the tokens.
response=$(curl -sS "$auth_url/oauth2/token" \
  --data-urlencode grant_type=authorization_code \
  --data-urlencode "code=$code" \
  --data-urlencode "redirect_uri=$redirect_uri" \
  --data-urlencode "client_id=$client_id" \
  --data-urlencode "code_verifier=$verifier") || fail "cannot reach $auth_url/oauth2/token"
token=$(printf '%s' "$response" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')
[[ -n $token ]] || fail "token request refused: $response"
printf '%s\n' "$token"
