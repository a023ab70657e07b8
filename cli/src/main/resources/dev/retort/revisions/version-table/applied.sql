select revision
from {table}
order by applied_at, revision
