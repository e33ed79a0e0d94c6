-- CreateTable
CREATE TABLE "AccessVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);


-- The single row the triggers below bump (decision 012). Every worker caches access contexts
-- keyed by user and this version; any change to what loadAccess reads moves it, whichever process
-- or tool writes.
INSERT INTO "AccessVersion" ("id", "version") VALUES (1, 0);

CREATE TRIGGER "User_insert_bumps_access_version" AFTER INSERT ON "User"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "User_update_bumps_access_version" AFTER UPDATE OF email, locale, timeZone, personId, disabledAt ON "User"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "User_delete_bumps_access_version" AFTER DELETE ON "User"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_update_bumps_access_version" AFTER UPDATE OF givenName, familyName ON "Person"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Person_delete_bumps_access_version" AFTER DELETE ON "Person"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Role_insert_bumps_access_version" AFTER INSERT ON "Role"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Role_update_bumps_access_version" AFTER UPDATE ON "Role"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Role_delete_bumps_access_version" AFTER DELETE ON "Role"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Permission_insert_bumps_access_version" AFTER INSERT ON "Permission"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Permission_update_bumps_access_version" AFTER UPDATE ON "Permission"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Permission_delete_bumps_access_version" AFTER DELETE ON "Permission"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RoleToUser_insert_bumps_access_version" AFTER INSERT ON "_RoleToUser"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RoleToUser_update_bumps_access_version" AFTER UPDATE ON "_RoleToUser"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "RoleToUser_delete_bumps_access_version" AFTER DELETE ON "_RoleToUser"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PermissionToRole_insert_bumps_access_version" AFTER INSERT ON "_PermissionToRole"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PermissionToRole_update_bumps_access_version" AFTER UPDATE ON "_PermissionToRole"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "PermissionToRole_delete_bumps_access_version" AFTER DELETE ON "_PermissionToRole"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Assignment_insert_bumps_access_version" AFTER INSERT ON "Assignment"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Assignment_update_bumps_access_version" AFTER UPDATE OF positionId, personId, startDate, endDate ON "Assignment"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Assignment_delete_bumps_access_version" AFTER DELETE ON "Assignment"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Position_update_bumps_access_version" AFTER UPDATE OF agencyId ON "Position"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Position_delete_bumps_access_version" AFTER DELETE ON "Position"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeMembership_insert_bumps_access_version" AFTER INSERT ON "CommitteeMembership"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeMembership_update_bumps_access_version" AFTER UPDATE OF committeeId, agencyId, startDate, endDate ON "CommitteeMembership"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "CommitteeMembership_delete_bumps_access_version" AFTER DELETE ON "CommitteeMembership"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Committee_insert_bumps_access_version" AFTER INSERT ON "Committee"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Committee_update_bumps_access_version" AFTER UPDATE OF secretariatAgencyId ON "Committee"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "Committee_delete_bumps_access_version" AFTER DELETE ON "Committee"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AccessGrant_insert_bumps_access_version" AFTER INSERT ON "AccessGrant"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AccessGrant_update_bumps_access_version" AFTER UPDATE ON "AccessGrant"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "AccessGrant_delete_bumps_access_version" AFTER DELETE ON "AccessGrant"
BEGIN
    UPDATE "AccessVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
