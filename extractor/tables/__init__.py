"""Pattern tables: the grammar of plan documents as plain, commented data."""
