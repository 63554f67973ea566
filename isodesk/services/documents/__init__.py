"""Documents control: internal documents with revisions and distribution, the records list, their printouts and contribution."""
