CREATE TABLE items (sku TEXT PRIMARY KEY, name TEXT NOT NULL, on_hand INTEGER NOT NULL, reorder_at INTEGER NOT NULL);
INSERT INTO items VALUES ('HX-100', 'hex bolt M6', 340, 500);
INSERT INTO items VALUES ('WS-220', 'washer 6 mm', 1200, 800);
INSERT INTO items VALUES ('NT-610', 'lock nut M6', 90, 400);
INSERT INTO items VALUES ('BR-005', 'angle bracket', 45, 20);
INSERT INTO items VALUES ('SC-330', 'wood screw 4x30', 150, 150);
