#!/usr/bin/env bash
# Fails when Sources/ names the sample store: kbkit knows no store (README, "How we write code").
# The store's name is read from the sample workspace's kbkit.yaml, so
# the check follows the workspace rather than a list kept here.
set -euo pipefail
cd "$(dirname "$0")/.."

name=$(sed -n 's/^name:[[:space:]]*//p' kbkit.yaml | sed 's/[[:space:]]*#.*$//' | head -1)
[ -n "$name" ] || { echo "check-store-free: kbkit.yaml has no name:" >&2; exit 1; }
if hits=$(grep -rniF -- "$name" Sources); then
  echo "check-store-free: Sources/ names the store \"$name\" (kbkit knows no store; move it to the workspace):" >&2
  echo "$hits" >&2
  exit 1
fi
# A distinctive word of the name alone names the store too ("sue meridian" in a lexicon): each word
# of six letters or more, as a whole word.
for word in $name; do
  [ ${#word} -ge 6 ] || continue
  if hits=$(grep -rniw -- "$word" Sources); then
    echo "check-store-free: Sources/ names the store by \"$word\" (kbkit knows no store; move it to the workspace):" >&2
    echo "$hits" >&2
    exit 1
  fi
done
echo "check-store-free: Sources/ names no store"
