package bella.application.understanding;

import java.util.Arrays;
import java.util.Set;

/**
 * Common English given names, from the most frequent of recent generations in North America and Britain. They let a
 * name said on its own at the start of a turn ("Alexis. I want to book") be told from an everyday word ("Haircut.").
 * Names that are as often ordinary words ("may", "will", "hope", "grace", "summer") are left out on purpose.
 */
final class GivenNames {

    private static final Set<String> NAMES = Set.copyOf(Arrays.asList((
            "aaron abby abigail adam adrian aidan aiden alan albert alex alexa alexander alexandra alexis alfred "
            + "alice alicia alison allison alyssa amanda amber amelia amy andrea andrew andy angela angelina anita "
            + "ann anna anne annie anthony antonio arthur ashley audrey austin ava barbara benjamin ben benny "
            + "bernard beth bethany betty beverly billy blake bob bobby bonnie brad bradley brandon brenda brendan "
            + "brian brianna bridget brittany brooke bruce bryan caleb cameron carl carla carlos carmen carol "
            + "caroline carolyn carrie catherine cathy charles charlie charlotte chelsea cheryl chloe chris "
            + "christian christina christine christopher cindy claire clara connor courtney craig crystal cynthia "
            + "daisy dale dan daniel danielle danny darren dave david deborah debbie debra denise dennis derek diana "
            + "diane donald donna doris dorothy doug douglas dylan earl ed eddie edward eileen elaine eleanor elena "
            + "eli elijah elizabeth ella ellen emily emma eric erica erin ethan eugene eva evan evelyn fiona "
            + "frances francis fred gabriel gabriella gail gary gavin george georgia gerald gina gloria gordon "
            + "greg gregory hailey hannah harold harry heather helen henry holly howard ian irene isaac isabel "
            + "isabella isaiah jackie jacob jacqueline jake james jamie jane janet janice jasmine jason jeff "
            + "jeffrey jennifer jenny jeremy jerry jesse jessica jill joan joanne joe joel john johnny jon "
            + "jonathan jordan jose joseph josh joshua joyce juan judith judy julia julian julie justin karen "
            + "kate katherine kathleen kathryn kathy katie kayla keith kelly ken kenneth kevin kim kimberly "
            + "kyle larry laura lauren leah lee leo leonard leslie liam lillian lily linda lindsay lisa logan "
            + "lois lori louis louise lucas lucy luis luke lynn madison maggie marcus margaret maria marie "
            + "marilyn mario marion mark martha martin mary mason matt matthew maureen megan melanie melissa "
            + "michael michelle mike mildred molly monica morgan nancy natalie nathan nicholas nick nicole noah "
            + "norma oliver olivia oscar owen pamela patricia patrick paul paula peggy peter philip phillip "
            + "phyllis rachel ralph randy raymond rebecca regina richard rick rita robert roberta robin roger "
            + "ronald ron rosa ruby russell ruth ryan sally samantha samuel sam sandra sara sarah scott sean "
            + "sharon shawn sheila shirley simon sofia sophia sophie stacy stephanie stephen steve steven "
            + "susan suzanne sylvia tammy tanya teresa terry theresa thomas tiffany tim timothy tina todd tom "
            + "tommy tony tracy travis tyler valerie vanessa vera veronica vicki victoria vincent virginia "
            + "walter wanda wayne wendy william willie zach zachary zoe")
            .split(" ")));

    private GivenNames() {
    }

    static boolean contains(String lowerCaseWord) {
        return NAMES.contains(lowerCaseWord);
    }
}
