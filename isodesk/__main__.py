from isodesk.app import main

raise SystemExit(main())
