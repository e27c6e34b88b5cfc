"""The student portal: one GraphQL endpoint (strawberry) over the same services as the REST routes."""
