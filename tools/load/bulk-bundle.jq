# The load tests' bulk import bundle (tools/load/run.sh, tools/load/import-pair.sh): $n new claims named after $run,
# each claimed by and about $actor, in $event, quoted once from $article. Run with
#   jq -n -f tools/load/bulk-bundle.jq --argjson n N --arg run NAME --arg actor SLUG --arg event SLUG --arg article SLUG
{ format: "newstreaty-bundle", version: 1, title: "load test bulk import",
  claims: [range($n) | ("bulk-" + $run + "-" + tostring) as $slug | ("A quotation for " + $slug) as $q |
    { slug: $slug, text: ("A claim imported by the load test (" + $slug + ")."), kind: "factual-assertion",
      claimantActor: $actor, subjects: [$actor], events: [$event],
      appearances: [{ article: $article, quote: $q, start: 0, end: ($q | length), role: "reports" }] }] }
