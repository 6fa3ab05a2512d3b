from marsad.serve.cli import main

main()
