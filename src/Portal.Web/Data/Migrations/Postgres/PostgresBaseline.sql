CREATE TABLE "AppSecrets" (
    "Name" character varying(100) NOT NULL,
    "ProtectedValue" text NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_AppSecrets" PRIMARY KEY ("Name")
);


CREATE TABLE "AuditEvents" (
    "Id" uuid NOT NULL,
    "EventType" character varying(100) NOT NULL,
    "OccurredUtc" timestamp with time zone NOT NULL,
    "Actor" character varying(200) NOT NULL,
    "SubjectType" character varying(100) NOT NULL,
    "SubjectId" character varying(200) NOT NULL,
    "Reason" character varying(500),
    "PayloadJson" text NOT NULL,
    "ClientAddress" character varying(64),
    CONSTRAINT "PK_AuditEvents" PRIMARY KEY ("Id")
);


CREATE TABLE "ContentItems" (
    "Id" uuid NOT NULL,
    "ContentType" character varying(40) NOT NULL,
    "TranslationKey" character varying(100) NOT NULL,
    "Language" character varying(20) NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ContentItems" PRIMARY KEY ("Id")
);


CREATE TABLE "DataProtectionKeys" (
    "Id" uuid NOT NULL,
    "FriendlyName" character varying(200),
    "Xml" text NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY ("Id")
);


CREATE TABLE "Meetings" (
    "Id" uuid NOT NULL,
    "Type" character varying(40) NOT NULL,
    "StartsAtUtc" timestamp with time zone NOT NULL,
    "Channel" character varying(20) NOT NULL,
    "CaseOfficerId" character varying(200) NOT NULL,
    "PersonnummerProtected" text NOT NULL,
    "PersonnummerHash" character varying(64) NOT NULL,
    "PersonNameProtected" text NOT NULL,
    "HasProtectedIdentity" boolean NOT NULL,
    "IsDemo" boolean NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(200) NOT NULL,
    CONSTRAINT "PK_Meetings" PRIMARY KEY ("Id")
);


CREATE TABLE "ContentVersions" (
    "Id" uuid NOT NULL,
    "ContentItemId" uuid NOT NULL,
    "VersionNumber" integer NOT NULL,
    "IsLatest" boolean NOT NULL,
    "IsPublished" boolean NOT NULL,
    "Slug" character varying(200) NOT NULL,
    "Title" character varying(300) NOT NULL,
    "Summary" character varying(1000) NOT NULL,
    "Section" character varying(100) NOT NULL,
    "SortOrder" integer NOT NULL,
    "LastReviewed" date,
    "Owner" character varying(200) NOT NULL,
    "RelatedKeys" character varying(1000) NOT NULL,
    "Body" text NOT NULL,
    "SourceHash" character varying(64),
    "CreatedUtc" timestamp with time zone NOT NULL,
    "CreatedBy" character varying(200) NOT NULL,
    "ChangeNote" character varying(500),
    "PublishedUtc" timestamp with time zone,
    "PublishedBy" character varying(200),
    CONSTRAINT "PK_ContentVersions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ContentVersions_ContentItems_ContentItemId" FOREIGN KEY ("ContentItemId") REFERENCES "ContentItems" ("Id") ON DELETE CASCADE
);


CREATE TABLE "Invitations" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "TokenHash" character varying(64) NOT NULL,
    "CreatedUtc" timestamp with time zone NOT NULL,
    "ExpiresUtc" timestamp with time zone NOT NULL,
    "FailedAttempts" integer NOT NULL,
    "LockedUntilUtc" timestamp with time zone,
    "FirstVerifiedUtc" timestamp with time zone,
    CONSTRAINT "PK_Invitations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Invitations_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "QuestionnaireResponses" (
    "Id" uuid NOT NULL,
    "MeetingId" uuid NOT NULL,
    "DefinitionVersionId" uuid NOT NULL,
    "AnswersProtected" text NOT NULL,
    "Revision" integer NOT NULL,
    "StartedUtc" timestamp with time zone NOT NULL,
    "UpdatedUtc" timestamp with time zone NOT NULL,
    "SubmittedUtc" timestamp with time zone,
    "SubmittedRevision" integer,
    "ReferenceNumber" character varying(20) NOT NULL,
    CONSTRAINT "PK_QuestionnaireResponses" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_QuestionnaireResponses_Meetings_MeetingId" FOREIGN KEY ("MeetingId") REFERENCES "Meetings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "ResponseSubmissions" (
    "Id" uuid NOT NULL,
    "ResponseId" uuid NOT NULL,
    "Number" integer NOT NULL,
    "DefinitionVersionId" uuid NOT NULL,
    "AnswersProtected" text NOT NULL,
    "SubmittedUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_ResponseSubmissions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ResponseSubmissions_QuestionnaireResponses_ResponseId" FOREIGN KEY ("ResponseId") REFERENCES "QuestionnaireResponses" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_AuditEvents_OccurredUtc" ON "AuditEvents" ("OccurredUtc");


CREATE INDEX "IX_AuditEvents_SubjectType_SubjectId" ON "AuditEvents" ("SubjectType", "SubjectId");


CREATE UNIQUE INDEX "IX_ContentItems_ContentType_TranslationKey_Language" ON "ContentItems" ("ContentType", "TranslationKey", "Language");


CREATE UNIQUE INDEX "IX_ContentVersions_ContentItemId_VersionNumber" ON "ContentVersions" ("ContentItemId", "VersionNumber");


CREATE UNIQUE INDEX "IX_ContentVersions_Latest" ON "ContentVersions" ("ContentItemId") WHERE "IsLatest";


CREATE UNIQUE INDEX "IX_ContentVersions_Published" ON "ContentVersions" ("ContentItemId") WHERE "IsPublished";


CREATE UNIQUE INDEX "IX_Invitations_MeetingId" ON "Invitations" ("MeetingId");


CREATE UNIQUE INDEX "IX_Invitations_TokenHash" ON "Invitations" ("TokenHash");


CREATE INDEX "IX_Meetings_CaseOfficerId" ON "Meetings" ("CaseOfficerId");


CREATE INDEX "IX_Meetings_PersonnummerHash" ON "Meetings" ("PersonnummerHash");


CREATE INDEX "IX_Meetings_StartsAtUtc" ON "Meetings" ("StartsAtUtc");


CREATE UNIQUE INDEX "IX_QuestionnaireResponses_MeetingId" ON "QuestionnaireResponses" ("MeetingId");


CREATE UNIQUE INDEX "IX_ResponseSubmissions_ResponseId_Number" ON "ResponseSubmissions" ("ResponseId", "Number");
