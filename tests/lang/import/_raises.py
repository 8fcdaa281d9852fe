RAN = True
raise ValueError("boom while importing")
