"""Offline research aids: the GeoNames city gazetteer and derived geographic facts."""
