"""The yearly QMS maintenance plan: its drafted-document builder, suggested texts and cycle step."""
