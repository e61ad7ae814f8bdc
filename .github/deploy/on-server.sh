#!/usr/bin/env bash
# Runs on the server, sent by the deploy workflow: on-server.sh <clone directory> <commit>.
# Pulls, builds and starts that commit with Compose; unless every service turns healthy and Bella answers through
# the proxy, goes back to the commit and the image that ran before, and fails.
set -euo pipefail
cd "$1"
commit=$2

setting() { sed -n "s/^$1=//p" .env | tail -n 1; }
image=$(setting BELLA_IMAGE)
image=${image:-bella:latest}
domain=$(setting BELLA_DOMAIN)

previous_commit=$(git rev-parse HEAD)
# the image now running is what a failed deploy goes back to
if docker image inspect "$image" >/dev/null 2>&1; then
    docker tag "$image" bella:previous
fi

roll_back() {
    echo "Deploy of $commit failed; rolling back to $previous_commit and the image before" >&2
    git checkout --quiet --detach "$previous_commit"
    if docker image inspect bella:previous >/dev/null 2>&1; then
        docker tag bella:previous "$image"
    fi
    docker compose up -d --no-build --wait --wait-timeout 300 || true
    exit 1
}

git fetch --quiet origin
git checkout --quiet --detach "$commit"
docker compose pull --quiet --ignore-buildable || roll_back
docker compose build --pull || roll_back
# --wait: until every service of the profile runs and each with a health check (Bella's /healthz) is healthy
docker compose up -d --remove-orphans --wait --wait-timeout 300 || roll_back
# and as Twilio will reach it: through Caddy, with its certificate
curl -fsS --retry 10 --retry-delay 3 --retry-all-errors "https://$domain/healthz" >/dev/null || roll_back
docker image prune -f >/dev/null
echo "Deployed $commit"
