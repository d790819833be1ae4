from charts.cli import main

main()
