#!/usr/bin/env bash
# The monthly rebalance, as a schedule runs it (the CI workflow and the systemd timer next to this file
# both run exactly this script; chainsim's tests run it too, on the worked example).
#
# On the first of a month it rebalances the scenario on the month just ended:
#   chainsim rebalance $SCENARIO --actuals $ACTUALS_ROOT/<as-of> --as-of <as-of> \
#       --previous <last month's rebalance, when there is one> --out $OUT_ROOT/<scenario>-<as-of> --force
# and, with OPEN_PULL_REQUEST=1, commits the new directory on a branch rebalance/<scenario>-<as-of>, pushes it
# and opens a pull request whose description is rebalance.md (with the GitHub CLI, when it is installed).
#
# Settings (environment):
#   SCENARIO      the scenario with the team's priors, e.g. scenarios/baseline.yaml (required)
#   ACTUALS_ROOT  a directory holding one actuals directory per month, named YYYY-MM (required)
#   AS_OF         the month rebalanced (default: the month before today, UTC)
#   OUT_ROOT      where rebalance directories go (default: <scenarios root>/rebalance, next to the scenario)
#   CHAINSIM      the chainsim command (default: ./chainsim)
#   LANG_CODE     zh or en, the language of rebalance.md and rebalance.html (default zh)
#   EXTRA_ARGS    more options for chainsim rebalance, e.g. "--replications 200 --threads 2"
#   OPEN_PULL_REQUEST=1 and REMOTE (default origin): commit, push and open the pull request
set -euo pipefail

: "${SCENARIO:?set SCENARIO to the scenario file, e.g. scenarios/baseline.yaml}"
: "${ACTUALS_ROOT:?set ACTUALS_ROOT to the directory holding one actuals directory per month (YYYY-MM)}"
AS_OF=${AS_OF:-$(date -u -d "$(date -u +%Y-%m-01) -1 month" +%Y-%m)}
PREVIOUS_AS_OF=$(date -u -d "${AS_OF}-01 -1 month" +%Y-%m)
OUT_ROOT=${OUT_ROOT:-$(dirname "$SCENARIO")/rebalance}
CHAINSIM=${CHAINSIM:-./chainsim}
LANG_CODE=${LANG_CODE:-zh}
stem=$(basename "${SCENARIO%.*}")
out="$OUT_ROOT/$stem-$AS_OF"
previous="$OUT_ROOT/$stem-$PREVIOUS_AS_OF"

args=("$SCENARIO" --actuals "$ACTUALS_ROOT/$AS_OF" --as-of "$AS_OF" --out "$out" --force --lang "$LANG_CODE")
if [ -d "$previous" ]; then
  args+=(--previous "$previous")
fi
# shellcheck disable=SC2206
args+=(${EXTRA_ARGS:-})
echo "chainsim rebalance ${args[*]}" >&2
"$CHAINSIM" rebalance "${args[@]}"

if [ "${OPEN_PULL_REQUEST:-0}" = 1 ]; then
  branch="rebalance/$stem-$AS_OF"
  git checkout -B "$branch"
  git add -- "$out"
  git -c user.name="${GIT_AUTHOR_NAME:-chainsim rebalance}" -c user.email="${GIT_AUTHOR_EMAIL:-rebalance@localhost}" \
    commit -m "Rebalance $stem as of $AS_OF" -m "$(head -n 40 "$out/rebalance.md")"
  git push --force "${REMOTE:-origin}" "$branch"
  if command -v gh >/dev/null 2>&1; then
    gh pr create --head "$branch" --title "Rebalance $stem as of $AS_OF" --body-file "$out/rebalance.md" \
      || gh pr edit "$branch" --body-file "$out/rebalance.md"
  else
    echo "pushed $branch; the GitHub CLI (gh) is not installed, so open the pull request from the branch" >&2
  fi
fi
