# A helper for path_order.py: a file in the script's directory named like a bundled module.
SHADOW = "the script directory's _markupbase"
