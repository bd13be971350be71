//! The gazetteer categories: one per list file in `data/gazetteers/`.
//!
//! Dependency-free so that `build.rs` can include it with `#[path]`: the
//! build script and the run-time lookup agree on bits by construction.

/// A gazetteer list. A key may belong to several lists; a lookup returns
/// the set as a [`Categories`] bit mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Category {
    /// `country.tsv`: countries (GPE).
    Country = 0,
    /// `city.tsv`: cities and towns (GPE).
    City = 1,
    /// `region.tsv`: administrative regions (GPE).
    Region = 2,
    /// `loc.tsv`: natural and non-political places (LOC).
    Loc = 3,
    /// `org.tsv`: organisations (ORG).
    Org = 4,
    /// `club.tsv`: sports clubs (ORG).
    Club = 5,
    /// `fac.tsv`: named facilities (FAC).
    Fac = 6,
    /// `event.tsv`: named events (EVENT).
    Event = 7,
    /// `norp.tsv`: nationalities and groups (NORP), linked to a country.
    Norp = 8,
    /// `occ.tsv`: titles and occupations (OCC).
    Occ = 9,
    /// `person.tsv`: full names of public figures (PERS).
    Person = 10,
    /// `given.tsv`: given names (a feature, not an entity on its own).
    Given = 11,
    /// `surname.tsv`: family names (a feature).
    Surname = 12,
    /// `currency.tsv`: currency names (CURR), linked to an ISO-4217 code.
    Currency = 13,
    /// `honorific.tsv`: words before a name (السيد، الشيخ، الدكتور).
    Honorific = 14,
    /// `org_head.tsv`: nouns that open an organisation name (وزارة).
    OrgHead = 15,
    /// `fac_head.tsv`: nouns that open a facility name (مطار).
    FacHead = 16,
    /// `event_head.tsv`: nouns that open an event name (مؤتمر).
    EventHead = 17,
    /// `loc_head.tsv`: nouns that open a place name (نهر، جبل).
    LocHead = 18,
    /// `stop.tsv`: words never tagged as a name on their own.
    Stop = 19,
    /// `media.tsv`: the broadcasters, agencies and papers among the
    /// organisations (each is in `org.tsv` too), which a title's holder
    /// speaks to rather than works for (`الوزير الفرنسي لرويترز`). The
    /// rules read it; the tagger's features leave it out
    /// ([`crate::gazetteer::Gazetteer::token_features`]).
    Media = 20,
}

impl Category {
    /// The lists of political places (GPE): countries, cities, regions.
    pub const GPE: [Category; 3] = [Category::Country, Category::City, Category::Region];

    /// The lists of places of every kind: political (GPE) and natural.
    pub const PLACE: [Category; 4] = [
        Category::Country,
        Category::City,
        Category::Region,
        Category::Loc,
    ];

    /// The lists of places of every kind and of facilities: what a place
    /// the tagger cuts short may run on into (`السراي` + `الحكومي`).
    pub const PLACE_OR_FACILITY: [Category; 5] = [
        Category::Country,
        Category::City,
        Category::Region,
        Category::Loc,
        Category::Fac,
    ];

    /// The lists whose words are parts of people's names.
    pub const NAME_PART: [Category; 3] = [Category::Given, Category::Surname, Category::Person];

    /// Every category, in bit order.
    pub const ALL: [Category; 21] = [
        Category::Country,
        Category::City,
        Category::Region,
        Category::Loc,
        Category::Org,
        Category::Club,
        Category::Fac,
        Category::Event,
        Category::Norp,
        Category::Occ,
        Category::Person,
        Category::Given,
        Category::Surname,
        Category::Currency,
        Category::Honorific,
        Category::OrgHead,
        Category::FacHead,
        Category::EventHead,
        Category::LocHead,
        Category::Stop,
        Category::Media,
    ];

    /// The list file (in `data/gazetteers/`) that fills this category.
    pub fn file_name(self) -> &'static str {
        match self {
            Category::Country => "country.tsv",
            Category::City => "city.tsv",
            Category::Region => "region.tsv",
            Category::Loc => "loc.tsv",
            Category::Org => "org.tsv",
            Category::Club => "club.tsv",
            Category::Fac => "fac.tsv",
            Category::Event => "event.tsv",
            Category::Norp => "norp.tsv",
            Category::Occ => "occ.tsv",
            Category::Person => "person.tsv",
            Category::Given => "given.tsv",
            Category::Surname => "surname.tsv",
            Category::Currency => "currency.tsv",
            Category::Honorific => "honorific.tsv",
            Category::OrgHead => "org_head.tsv",
            Category::FacHead => "fac_head.tsv",
            Category::EventHead => "event_head.tsv",
            Category::LocHead => "loc_head.tsv",
            Category::Stop => "stop.tsv",
            Category::Media => "media.tsv",
        }
    }

    /// This category's bit in a [`Categories`] mask.
    pub const fn bit(self) -> u32 {
        1 << self as u8
    }
}

/// A set of categories, one bit each (see [`Category::bit`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Categories(pub u32);

impl Categories {
    /// Whether `c` is in the set.
    pub const fn has(self, c: Category) -> bool {
        self.0 & c.bit() != 0
    }

    /// Whether any category of `cs` is in the set.
    pub fn any(self, cs: &[Category]) -> bool {
        cs.iter().any(|&c| self.has(c))
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// The value stored in the FST for a key: the category mask in the low 32
/// bits, and `link index + 1` (0 = no link) in the high 32 bits.
#[allow(dead_code)] // used by build.rs and the tests
pub const fn pack(mask: u32, link: u32) -> u64 {
    (mask as u64) | ((link as u64) << 32)
}

/// Inverse of [`pack`]: the mask and the optional link index.
pub const fn unpack(v: u64) -> (Categories, Option<u32>) {
    let link = (v >> 32) as u32;
    (
        Categories(v as u32),
        if link == 0 { None } else { Some(link - 1) },
    )
}
