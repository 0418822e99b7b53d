"""Entry point for `python -m newsum`."""

from newsum.cli import main

if __name__ == "__main__":
    main()
