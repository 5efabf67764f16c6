/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me {\n  me {\n    username\n    displayName\n    role\n    managerId\n    isDemo\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    username\n    displayName\n    role\n  }\n}\n\nmutation Logout {\n  logout\n}": typeof types.MeDocument,
    "query Municipalities {\n  municipalities {\n    ags\n    name\n    district\n    population\n    serviceCount\n  }\n}\n\nquery MunicipalityServices($municipalityAgs: String!, $first: Int, $after: String) {\n  services(municipalityAgs: $municipalityAgs, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        category\n        address\n        languages\n        barrierFree\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery ServicePage($id: ID!) {\n  service(id: $id) {\n    id\n    name\n    category\n    subcategory\n    description\n    address\n    lat\n    lon\n    phone\n    email\n    website\n    languages\n    contactModes\n    barrierFree\n    accessibility\n    cost\n    waitingDays\n    status\n    lastVerified\n    isDemo\n    servesAll\n    responsibleArea {\n      ags\n      name\n    }\n    municipality {\n      ags\n      name\n    }\n    organization {\n      id\n      name\n    }\n    eligibility {\n      targetGroups\n      residenceStatuses\n      minAge\n      maxAge\n      gender\n    }\n    openingHours {\n      appointmentOnly\n      weekly {\n        day\n        from\n        to\n      }\n      exceptions {\n        date\n        closed\n        ranges {\n          from\n          to\n        }\n        note\n      }\n    }\n    openingStatus {\n      openNow\n      today\n      date\n      nextOpening {\n        start\n        end\n      }\n    }\n  }\n}": typeof types.MunicipalitiesDocument,
};
const documents: Documents = {
    "query Me {\n  me {\n    username\n    displayName\n    role\n    managerId\n    isDemo\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    username\n    displayName\n    role\n  }\n}\n\nmutation Logout {\n  logout\n}": types.MeDocument,
    "query Municipalities {\n  municipalities {\n    ags\n    name\n    district\n    population\n    serviceCount\n  }\n}\n\nquery MunicipalityServices($municipalityAgs: String!, $first: Int, $after: String) {\n  services(municipalityAgs: $municipalityAgs, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        category\n        address\n        languages\n        barrierFree\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery ServicePage($id: ID!) {\n  service(id: $id) {\n    id\n    name\n    category\n    subcategory\n    description\n    address\n    lat\n    lon\n    phone\n    email\n    website\n    languages\n    contactModes\n    barrierFree\n    accessibility\n    cost\n    waitingDays\n    status\n    lastVerified\n    isDemo\n    servesAll\n    responsibleArea {\n      ags\n      name\n    }\n    municipality {\n      ags\n      name\n    }\n    organization {\n      id\n      name\n    }\n    eligibility {\n      targetGroups\n      residenceStatuses\n      minAge\n      maxAge\n      gender\n    }\n    openingHours {\n      appointmentOnly\n      weekly {\n        day\n        from\n        to\n      }\n      exceptions {\n        date\n        closed\n        ranges {\n          from\n          to\n        }\n        note\n      }\n    }\n    openingStatus {\n      openNow\n      today\n      date\n      nextOpening {\n        start\n        end\n      }\n    }\n  }\n}": types.MunicipalitiesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    username\n    displayName\n    role\n    managerId\n    isDemo\n  }\n}\n\nmutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    username\n    displayName\n    role\n  }\n}\n\nmutation Logout {\n  logout\n}"): typeof import('./graphql.js').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Municipalities {\n  municipalities {\n    ags\n    name\n    district\n    population\n    serviceCount\n  }\n}\n\nquery MunicipalityServices($municipalityAgs: String!, $first: Int, $after: String) {\n  services(municipalityAgs: $municipalityAgs, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        id\n        name\n        category\n        address\n        languages\n        barrierFree\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n}\n\nquery ServicePage($id: ID!) {\n  service(id: $id) {\n    id\n    name\n    category\n    subcategory\n    description\n    address\n    lat\n    lon\n    phone\n    email\n    website\n    languages\n    contactModes\n    barrierFree\n    accessibility\n    cost\n    waitingDays\n    status\n    lastVerified\n    isDemo\n    servesAll\n    responsibleArea {\n      ags\n      name\n    }\n    municipality {\n      ags\n      name\n    }\n    organization {\n      id\n      name\n    }\n    eligibility {\n      targetGroups\n      residenceStatuses\n      minAge\n      maxAge\n      gender\n    }\n    openingHours {\n      appointmentOnly\n      weekly {\n        day\n        from\n        to\n      }\n      exceptions {\n        date\n        closed\n        ranges {\n          from\n          to\n        }\n        note\n      }\n    }\n    openingStatus {\n      openNow\n      today\n      date\n      nextOpening {\n        start\n        end\n      }\n    }\n  }\n}"): typeof import('./graphql.js').MunicipalitiesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
