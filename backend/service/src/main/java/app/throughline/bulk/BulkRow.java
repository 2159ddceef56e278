package app.throughline.bulk;

import app.throughline.bulk.BulkDtos.BulkTask;
import java.util.UUID;

/** One task of a bulk request with everything its row needs: id, key number and place among its siblings. */
record BulkRow(BulkTask item, UUID id, int number, UUID parentId, int position, int depth) {}
