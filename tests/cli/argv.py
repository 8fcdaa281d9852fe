# SPDX-License-Identifier: MIT
# ctest: prints the arguments after the script name (tests the CLI's sys.argv).
import sys
print(sys.argv[1:])
