"""The coach's content: typed models of the YAML texts and the one loader that checks them."""
