from scodoc_api.cli import app

app(prog_name="scodoc-api")
