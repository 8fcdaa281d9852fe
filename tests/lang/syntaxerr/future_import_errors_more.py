# __future__ errors: unknown features and braces carry no end offset; errors
# found after parsing have no text when the source is not a file.
from _cases import report
cases = ["from __future__ import nope", "from __future__ import braces", "from __future__ import annotations, nope",
         "from __future__ import (nope)", "x = 1\nfrom __future__ import annotations",
         '"""doc"""\nfrom __future__ import annotations\nfrom __future__ import nope\n']
report(cases)
