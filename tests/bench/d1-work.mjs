// D1 work per request, read from the worker's Server-Timing header (HEARTH_D1_METRICS=1):
// round trips and rows read for the events list and for a sign-up, as registrations grow.
import { executeSql } from "../support/local-stack.mjs";
import { signUpInit } from "./fixtures.mjs";

function parseServerTiming(response) {
  const header = response.headers.get("Server-Timing") ?? "";
  const read = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(header)?.[1] ?? NaN);
  return {
    roundTrips: read("round_trips"),
    rowsRead: read("rows_read"),
    rowsWritten: read("rows_written"),
  };
}

function addRegistrations(persistTo, from, count) {
  executeSql(
    persistTo,
    `WITH RECURSIVE n(i) AS (SELECT ${from + 1} UNION ALL SELECT i + 1 FROM n WHERE i < ${from + count})
     INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name, locale,
       consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
     SELECT 'reg_bulk_' || i, 'org_demo_city', 'evt_bench', 'slt_bench', 'confirmed', 1, 0, 'Bulk', 'en',
       0, 'bulk-' || i, 'x', 'x', i, i FROM n;
     UPDATE slots SET taken = taken + ${count} WHERE id = 'slt_bench';`,
  );
}

export async function measureD1Work({ url, persistTo, sizes = [0, 1000, 10000] }) {
  const list = parseServerTiming(await fetch(`${url}/api/v1/orgs/demo-city/events`));
  const signUps = [];
  let present = 0;
  for (const size of sizes) {
    if (size > present) {
      addRegistrations(persistTo, present, size - present);
      present = size;
    }
    const samples = [];
    for (let index = 0; index < 5; index++) {
      const response = await fetch(
        `${url}/api/v1/orgs/demo-city/events/evt_bench/registrations`,
        signUpInit(url),
      );
      if (response.status !== 201) throw new Error(`sign-up answered ${response.status}`);
      samples.push(parseServerTiming(response));
      present++;
    }
    signUps.push({ existingRegistrations: size, ...samples[samples.length - 1] });
  }
  return { eventsList: list, signUps };
}
