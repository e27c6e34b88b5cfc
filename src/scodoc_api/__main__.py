from scodoc_api.cli import main

main()
