"""Repair a page, split it into stories, and find each story's title, dates, dateline and outlet."""
