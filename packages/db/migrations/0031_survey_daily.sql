CREATE TABLE "survey_daily" (
	"day" date NOT NULL,
	"station_id" text NOT NULL,
	"region" text NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"template_id" uuid NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"answered" integer DEFAULT 0 NOT NULL,
	"csat_1" integer DEFAULT 0 NOT NULL,
	"csat_2" integer DEFAULT 0 NOT NULL,
	"csat_3" integer DEFAULT 0 NOT NULL,
	"csat_4" integer DEFAULT 0 NOT NULL,
	"csat_5" integer DEFAULT 0 NOT NULL,
	"nps_0" integer DEFAULT 0 NOT NULL,
	"nps_1" integer DEFAULT 0 NOT NULL,
	"nps_2" integer DEFAULT 0 NOT NULL,
	"nps_3" integer DEFAULT 0 NOT NULL,
	"nps_4" integer DEFAULT 0 NOT NULL,
	"nps_5" integer DEFAULT 0 NOT NULL,
	"nps_6" integer DEFAULT 0 NOT NULL,
	"nps_7" integer DEFAULT 0 NOT NULL,
	"nps_8" integer DEFAULT 0 NOT NULL,
	"nps_9" integer DEFAULT 0 NOT NULL,
	"nps_10" integer DEFAULT 0 NOT NULL,
	"tangibles_n" integer DEFAULT 0 NOT NULL,
	"tangibles_t" integer DEFAULT 0 NOT NULL,
	"reliability_n" integer DEFAULT 0 NOT NULL,
	"reliability_t" integer DEFAULT 0 NOT NULL,
	"responsiveness_n" integer DEFAULT 0 NOT NULL,
	"responsiveness_t" integer DEFAULT 0 NOT NULL,
	"assurance_n" integer DEFAULT 0 NOT NULL,
	"assurance_t" integer DEFAULT 0 NOT NULL,
	"empathy_n" integer DEFAULT 0 NOT NULL,
	"empathy_t" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "survey_daily_station_id_day_region_kind_source_template_id_pk" PRIMARY KEY("station_id","day","region","kind","source","template_id")
);
--> statement-breakpoint
CREATE INDEX "survey_daily_day_idx" ON "survey_daily" USING btree ("day");--> statement-breakpoint
-- Below, written by hand: the triggers that keep survey_daily in the same transaction as the change
-- (docs/kpi.md, "Survey statistics"), and the backfill of what was there before.
--
-- survey_daily_apply adds (sign 1) or takes away (sign -1) what rows contribute: invitations with
-- their scored answers (when answered), or answer items alone, counted under their invitation. An
-- invitation counts when delivered (sent_at set) and not cancelled, under its China day of delivery;
-- its answers count once it is answered. Each is counted twice: under its station, and under
-- station '*' (every station), which the network's figures read. One grouped upsert, in key order
-- so that concurrent statements lock the same rows in the same order; increments commute.
CREATE OR REPLACE FUNCTION survey_daily_apply(invs survey_invitations[], items survey_answer_items[], sign int)
RETURNS void LANGUAGE sql AS $$
  WITH inv AS (
    SELECT * FROM unnest(coalesce(invs, '{}')) i WHERE i.sent_at IS NOT NULL AND i.status <> 'cancelled'
  ), c AS (
    SELECT i.*, true AS delivered, i.answered_at IS NOT NULL AS answered,
      null::text AS type, null::text AS dimension, null::int AS score
    FROM inv i
    UNION ALL
    SELECT i.*, false, false, a.type, a.dimension, a.score
    FROM inv i JOIN survey_answer_items a ON a.invitation_id = i.id
    WHERE i.answered_at IS NOT NULL
    UNION ALL
    SELECT i.*, false, false, a.type, a.dimension, a.score
    FROM unnest(coalesce(items, '{}')) a JOIN survey_invitations i ON i.id = a.invitation_id
    WHERE i.sent_at IS NOT NULL AND i.status <> 'cancelled' AND i.answered_at IS NOT NULL
  )
  INSERT INTO survey_daily (day, station_id, region, kind, source, template_id, delivered, answered, csat_1, csat_2, csat_3, csat_4, csat_5, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, tangibles_n, tangibles_t, reliability_n, reliability_t, responsiveness_n, responsiveness_t, assurance_n, assurance_t, empathy_n, empathy_t)
  SELECT ((c.sent_at AT TIME ZONE 'UTC') + interval '8 hours')::date,
    CASE WHEN s.network THEN '*' ELSE coalesce(c.station_id::text, '') END,
    coalesce(c.region, ''), coalesce(c.kind, ''), c.source, c.template_id,
    sign * count(*) filter (where c.delivered),
    sign * count(*) filter (where c.answered),
    sign * count(*) filter (where c.type = 'csat' and c.score = 1),
    sign * count(*) filter (where c.type = 'csat' and c.score = 2),
    sign * count(*) filter (where c.type = 'csat' and c.score = 3),
    sign * count(*) filter (where c.type = 'csat' and c.score = 4),
    sign * count(*) filter (where c.type = 'csat' and c.score = 5),
    sign * count(*) filter (where c.type = 'nps' and c.score = 0),
    sign * count(*) filter (where c.type = 'nps' and c.score = 1),
    sign * count(*) filter (where c.type = 'nps' and c.score = 2),
    sign * count(*) filter (where c.type = 'nps' and c.score = 3),
    sign * count(*) filter (where c.type = 'nps' and c.score = 4),
    sign * count(*) filter (where c.type = 'nps' and c.score = 5),
    sign * count(*) filter (where c.type = 'nps' and c.score = 6),
    sign * count(*) filter (where c.type = 'nps' and c.score = 7),
    sign * count(*) filter (where c.type = 'nps' and c.score = 8),
    sign * count(*) filter (where c.type = 'nps' and c.score = 9),
    sign * count(*) filter (where c.type = 'nps' and c.score = 10),
    sign * count(*) filter (where c.dimension = 'tangibles'),
    sign * coalesce(sum(case when c.type = 'csat' then 5 * (c.score - 1) else 2 * c.score end) filter (where c.dimension = 'tangibles'), 0),
    sign * count(*) filter (where c.dimension = 'reliability'),
    sign * coalesce(sum(case when c.type = 'csat' then 5 * (c.score - 1) else 2 * c.score end) filter (where c.dimension = 'reliability'), 0),
    sign * count(*) filter (where c.dimension = 'responsiveness'),
    sign * coalesce(sum(case when c.type = 'csat' then 5 * (c.score - 1) else 2 * c.score end) filter (where c.dimension = 'responsiveness'), 0),
    sign * count(*) filter (where c.dimension = 'assurance'),
    sign * coalesce(sum(case when c.type = 'csat' then 5 * (c.score - 1) else 2 * c.score end) filter (where c.dimension = 'assurance'), 0),
    sign * count(*) filter (where c.dimension = 'empathy'),
    sign * coalesce(sum(case when c.type = 'csat' then 5 * (c.score - 1) else 2 * c.score end) filter (where c.dimension = 'empathy'), 0)
  FROM c CROSS JOIN (VALUES (false), (true)) AS s(network)
  WHERE c.type IS NULL OR (c.type IN ('csat', 'nps') AND c.score IS NOT NULL)
  GROUP BY 1, 2, 3, 4, 5, 6
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (station_id, day, region, kind, source, template_id) DO UPDATE SET
    delivered = survey_daily.delivered + excluded.delivered,
    answered = survey_daily.answered + excluded.answered,
    csat_1 = survey_daily.csat_1 + excluded.csat_1,
    csat_2 = survey_daily.csat_2 + excluded.csat_2,
    csat_3 = survey_daily.csat_3 + excluded.csat_3,
    csat_4 = survey_daily.csat_4 + excluded.csat_4,
    csat_5 = survey_daily.csat_5 + excluded.csat_5,
    nps_0 = survey_daily.nps_0 + excluded.nps_0,
    nps_1 = survey_daily.nps_1 + excluded.nps_1,
    nps_2 = survey_daily.nps_2 + excluded.nps_2,
    nps_3 = survey_daily.nps_3 + excluded.nps_3,
    nps_4 = survey_daily.nps_4 + excluded.nps_4,
    nps_5 = survey_daily.nps_5 + excluded.nps_5,
    nps_6 = survey_daily.nps_6 + excluded.nps_6,
    nps_7 = survey_daily.nps_7 + excluded.nps_7,
    nps_8 = survey_daily.nps_8 + excluded.nps_8,
    nps_9 = survey_daily.nps_9 + excluded.nps_9,
    nps_10 = survey_daily.nps_10 + excluded.nps_10,
    tangibles_n = survey_daily.tangibles_n + excluded.tangibles_n,
    tangibles_t = survey_daily.tangibles_t + excluded.tangibles_t,
    reliability_n = survey_daily.reliability_n + excluded.reliability_n,
    reliability_t = survey_daily.reliability_t + excluded.reliability_t,
    responsiveness_n = survey_daily.responsiveness_n + excluded.responsiveness_n,
    responsiveness_t = survey_daily.responsiveness_t + excluded.responsiveness_t,
    assurance_n = survey_daily.assurance_n + excluded.assurance_n,
    assurance_t = survey_daily.assurance_t + excluded.assurance_t,
    empathy_n = survey_daily.empathy_n + excluded.empathy_n,
    empathy_t = survey_daily.empathy_t + excluded.empathy_t
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION survey_daily_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM survey_daily_apply(array(SELECT ROW(n.*)::survey_invitations FROM new_rows n), null, 1);
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM survey_daily_apply(array(SELECT ROW(o.*)::survey_invitations FROM old_rows o), null, -1);
  ELSE
    -- Only the rows whose counted columns changed: a reminder, for one, changes none of them.
    PERFORM survey_daily_apply(array(
      SELECT ROW(o.*)::survey_invitations FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.sent_at, o.answered_at, o.status, o.station_id, o.region, o.kind, o.source, o.template_id)
        IS DISTINCT FROM (n.sent_at, n.answered_at, n.status, n.station_id, n.region, n.kind, n.source, n.template_id)
    ), null, -1);
    PERFORM survey_daily_apply(array(
      SELECT ROW(n.*)::survey_invitations FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.sent_at, o.answered_at, o.status, o.station_id, o.region, o.kind, o.source, o.template_id)
        IS DISTINCT FROM (n.sent_at, n.answered_at, n.status, n.station_id, n.region, n.kind, n.source, n.template_id)
    ), null, 1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION survey_daily_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM survey_daily_apply(null, array(SELECT ROW(n.*)::survey_answer_items FROM new_rows n), 1);
  ELSE
    PERFORM survey_daily_apply(null, array(SELECT ROW(o.*)::survey_answer_items FROM old_rows o), -1);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER survey_invitations_daily_insert AFTER INSERT ON survey_invitations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_daily_invitations();
--> statement-breakpoint
CREATE TRIGGER survey_invitations_daily_update AFTER UPDATE ON survey_invitations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_daily_invitations();
--> statement-breakpoint
CREATE TRIGGER survey_invitations_daily_delete AFTER DELETE ON survey_invitations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_daily_invitations();
--> statement-breakpoint
CREATE TRIGGER survey_answer_items_daily_insert AFTER INSERT ON survey_answer_items
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_daily_items();
--> statement-breakpoint
CREATE TRIGGER survey_answer_items_daily_delete AFTER DELETE ON survey_answer_items
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION survey_daily_items();
--> statement-breakpoint
-- Counts everything again from the raw rows: after a bulk load that ran without triggers (the
-- benchmark generator), and here for the invitations and answers stored before this migration.
CREATE OR REPLACE FUNCTION survey_daily_rebuild() RETURNS void LANGUAGE sql AS $$
  DELETE FROM survey_daily;
  SELECT survey_daily_apply(array(SELECT i FROM survey_invitations i), null, 1);
$$;
--> statement-breakpoint
SELECT survey_daily_rebuild();
