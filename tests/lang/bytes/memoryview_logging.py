# logging imports re patterns whose charsets cast memoryviews to 'I'.
import logging

logging.basicConfig(format='%(levelname)s:%(message)s')
logging.warning('careful %s', 'now')
log = logging.getLogger('x.y')
log.error('code %d', 7)
print(logging.getLevelName(logging.INFO))
