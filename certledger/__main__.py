"""`python -m certledger`: the same command line as the `certledger` script."""

from certledger.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
