#!/usr/bin/env bash
# Fails when a module imports one it must not. Data flows one way (DESIGN.md, "The pipeline and its
# modules"): each module may import only the modules listed before it here, plus the external
# packages named beside it. C targets (CICU, CCLD2, …) belong to the one module that wraps them.
set -euo pipefail
cd "$(dirname "$0")/.."

# module: allowed kbkit modules and packages (besides Foundation, Dispatch, Synchronization, Testing)
declare -A ALLOWED=(
  [Support]=""
  [HTTPClient]="CCurl"
  [LoopbackHTTPServer]=""
  [Linguistics]="Support CICU CCLD2 CStemmer CHunspell"
  [Workspace]="Support Yams"
  [Ingest]="Support Linguistics Workspace CLibXML2 CCmarkGFM Yams"
  [KnowledgeStore]="Support Linguistics Workspace Ingest GRDB GRDBSQLite CFTS5Rank"
  [Orders]="Support HTTPClient Workspace GRDB GRDBSQLite FoundationNetworking"
  [AnswerEngine]="Support HTTPClient Linguistics Workspace KnowledgeStore Orders FoundationNetworking"
  [Evaluation]="Support HTTPClient Linguistics Workspace KnowledgeStore Orders AnswerEngine"
  [Lint]="Support Linguistics Workspace KnowledgeStore Evaluation"
  [kbkit]="Support Linguistics Workspace Ingest KnowledgeStore Orders AnswerEngine Evaluation Lint ArgumentParser"
  [kbkit-bench]="Support HTTPClient Linguistics Workspace Ingest KnowledgeStore Orders AnswerEngine Evaluation Lint LoopbackHTTPServer"
  [kbkit-fuzz]="Workspace Ingest Orders"
)
ALWAYS="Foundation Dispatch Synchronization Glibc"

status=0
for dir in Sources/*/; do
  module=$(basename "$dir")
  case "$module" in C*) [ -z "${ALLOWED[$module]+x}" ] && continue ;; esac
  if [ -z "${ALLOWED[$module]+x}" ]; then
    echo "check-module-imports: Sources/$module is not in the module order of this script" >&2
    status=1
    continue
  fi
  while IFS=: read -r file line text; do
    imported=$(sed -E 's/^[[:space:]]*(@[A-Za-z_]+(\([^)]*\))?[[:space:]]+)*import[[:space:]]+(class |struct |enum |func )?([A-Za-z_][A-Za-z0-9_]*).*/\4/' <<<"$text")
    if ! grep -qw -- "$imported" <<<"${ALLOWED[$module]} $ALWAYS"; then
      echo "$file:$line: $module must not import $imported (allowed: ${ALLOWED[$module]:-nothing})" >&2
      status=1
    fi
  done < <(grep -rnE '^[[:space:]]*(@[A-Za-z_]+(\([^)]*\))?[[:space:]]+)*import[[:space:]]' "$dir" --include='*.swift' || true)
done
[ $status = 0 ] && echo "check-module-imports: every module imports only modules before it"
exit $status
