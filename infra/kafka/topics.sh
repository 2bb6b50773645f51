#!/usr/bin/env bash
# Creates Ring of Steel's Kafka topics (see topics.md), or leaves them as they are.
# BOOTSTRAP_SERVER (default localhost:9092) and REPLICATION_FACTOR (default 3; 1 for the
# single broker of docker-compose.yml) say where and how.
set -euo pipefail
BOOTSTRAP_SERVER="${BOOTSTRAP_SERVER:-localhost:9092}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-3}"
MIN_INSYNC=$(( REPLICATION_FACTOR > 1 ? 2 : 1 ))
TOPICS=/opt/kafka/bin/kafka-topics.sh

create() { # topic partitions retention.ms
  "$TOPICS" --bootstrap-server "$BOOTSTRAP_SERVER" --create --if-not-exists \
    --topic "$1" --partitions "$2" --replication-factor "$REPLICATION_FACTOR" \
    --config retention.ms="$3" --config min.insync.replicas="$MIN_INSYNC" \
    --config cleanup.policy=delete
}

# Every event, forever: a consumer can rebuild from the start (-1 = keep).
create ringofsteel.events.v1 12 -1
# Ragwort's shared entries for the NRCU: a year, as agreed for the feed.
create ringofsteel.ragwort-nrcu.v1 3 31536000000
echo "Topics ready on $BOOTSTRAP_SERVER"
