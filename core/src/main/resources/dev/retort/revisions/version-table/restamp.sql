-- Accepts the file as it is now for an already recorded revision. Parameters: checksum, revision, checksum.
update {table}
set checksum = ?
where revision = ?
  and checksum is distinct from ?
