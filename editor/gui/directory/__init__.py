"""The directory in the app: people, their roles, organisations and press contacts."""
