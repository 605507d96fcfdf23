-- NewsTreaty schema step 0015 (postgres): the claim statistics function keeps one plan for every call.
--
-- Step 0014 moved it to PL/pgSQL so that its UPDATE would be planned once per connection, but PL/pgSQL's plan cache
-- (plan_cache_mode = auto) kept making a new plan for each call: for a single claim id the custom plan looks so much
-- cheaper than the generic one that it never switches. Planning was three quarters of the call: 2,000 calls, one id
-- each, over a million claims took 1.38-1.48 s, and 0.21-0.22 s with the generic plan (psql, in a rolled-back
-- transaction); one call with 10,000 ids took 0.99-1.33 s and 0.64 s. The generic plan reads each id's appearances
-- through their index whatever the array holds, which is the plan a single id gets anyway.
ALTER FUNCTION claim_stats_refresh(integer[]) SET plan_cache_mode = force_generic_plan;
