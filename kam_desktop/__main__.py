from kam_desktop.cli import main

raise SystemExit(main())
