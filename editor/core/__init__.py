"""The domain of Pressestelle in plain Python: never imports Qt."""
