/**
 * The email of a flow event's actor when the actor is a staff user who still exists, else null: a
 * scalar sub-select on users' primary key. The CASE keeps the uuid cast away from actor ids that
 * are not uuids (system actors such as `github-webhook`).
 */
export const staffActorEmail = (event: string) =>
  `(select u.email from users u where u.id = case when ${event}.actor_type = 'staff'
     and ${event}.actor_id ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
     then ${event}.actor_id::uuid end)`;
