import sys

from sistercity_desktop.cli import main

sys.exit(main())
