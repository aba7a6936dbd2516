"""Reports, briefs, data stories, media, articles and events."""
