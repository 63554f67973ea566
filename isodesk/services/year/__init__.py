"""The secretary's year across modules: cycle steps, the contribution protocol and drafted documents."""
